import request from 'supertest';
import type { App } from 'supertest/types';
import { startTestSystem, type TestSystem } from './support/test-system';

describe('OpenAPI (e2e)', () => {
  let system: TestSystem;
  let http: App;

  beforeAll(async () => {
    system = await startTestSystem();
    http = system.api.getHttpServer() as App;
  });
  afterAll(() => system.stop());

  it('describes every endpoint at /docs-json', async () => {
    const response = await request(http).get('/docs-json').expect(200);
    expect(Object.keys(response.body.paths).sort()).toEqual([
      '/health/live',
      '/health/ready',
      '/v1/admin/complaints',
      '/v1/admin/complaints/{id}/resolve',
      '/v1/admin/moderation/queue',
      '/v1/admin/notices',
      '/v1/admin/notices/{idOrReference}',
      '/v1/admin/products/{id}/decisions',
      '/v1/admin/statements-of-reasons/export',
      '/v1/admin/vendor-complaints',
      '/v1/admin/vendor-complaints/{id}/resolve',
      '/v1/admin/vendors',
      '/v1/admin/vendors/{id}/approve',
      '/v1/admin/vendors/{id}/audit-log',
      '/v1/admin/vendors/{id}/pending-change/approve',
      '/v1/admin/vendors/{id}/pending-change/reject',
      '/v1/admin/vendors/{id}/reinstate',
      '/v1/admin/vendors/{id}/reject',
      '/v1/admin/vendors/{id}/request-changes',
      '/v1/admin/vendors/{id}/suspend',
      '/v1/auth/login',
      '/v1/auth/register',
      '/v1/categories',
      '/v1/decisions/{id}/complaints',
      '/v1/markets',
      '/v1/markets/{country}',
      '/v1/markets/{country}/legal-forms',
      '/v1/markets/{country}/onboarding-requirements',
      '/v1/markets/{country}/selling-requirements',
      '/v1/me',
      '/v1/notices',
      '/v1/notices/{reference}/complaints',
      '/v1/offers/{id}',
      '/v1/products/{id}',
      '/v1/products/{id}/decisions',
      '/v1/products/{id}/offers',
      '/v1/products/{id}/submit',
      '/v1/products/{id}/unpublish',
      '/v1/storefront/{country}/products',
      '/v1/storefront/{country}/products/{id}',
      '/v1/vendors',
      '/v1/vendors/mine',
      '/v1/vendors/{id}',
      '/v1/vendors/{id}/complaints',
      '/v1/vendors/{id}/decisions',
      '/v1/vendors/{id}/documents',
      '/v1/vendors/{id}/documents/{documentId}/content',
      '/v1/vendors/{id}/offers',
      '/v1/vendors/{id}/offers/imports',
      '/v1/vendors/{id}/offers/imports/{importId}',
      '/v1/vendors/{id}/offers/imports/{importId}/report',
      '/v1/vendors/{id}/payout-account',
      '/v1/vendors/{id}/pending-change',
      '/v1/vendors/{id}/reapply',
      '/v1/vendors/{id}/registrations/{market}',
      '/v1/vendors/{id}/submit',
      '/v1/vendors/{vendorId}/products',
      '/v1/webhooks/stripe',
    ]);
    expect(Object.keys(response.body.components.schemas)).toEqual(
      expect.arrayContaining([
        'RegisterDto',
        'LoginDto',
        'UserResponse',
        'AccessTokenResponse',
        'MarketResponse',
      ]),
    );
    expect(response.body.paths['/v1/me'].get.security).toEqual([{ bearer: [] }]);
  });

  it('serves the interactive documentation at /docs', async () => {
    const response = await request(http).get('/docs').redirects(1).expect(200);
    expect(response.text).toContain('swagger');
  });
});
