import { ConflictError, I18nService } from '@app/platform';
import {
  assertEditable,
  canTransition,
  DECISION_ACTIONS,
  illegalTransition,
  VENDOR_STATUSES,
  VENDOR_TRANSITIONS,
  type VendorAction,
} from './vendor-lifecycle';

describe('vendor lifecycle', () => {
  const allowed: Array<[string, VendorAction, string]> = [
    ['draft', 'submit', 'submitted'],
    ['changes_requested', 'submit', 'submitted'],
    ['submitted', 'approve', 'approved'],
    ['submitted', 'reject', 'rejected'],
    ['submitted', 'requestChanges', 'changes_requested'],
    ['approved', 'suspend', 'suspended'],
    ['suspended', 'reinstate', 'approved'],
    ['rejected', 'reapply', 'draft'],
    ['rejected', 'reconsider', 'submitted'],
  ];

  it('allows exactly the transitions of the onboarding process', () => {
    const actual: Array<[string, VendorAction, string]> = [];
    for (const status of VENDOR_STATUSES) {
      for (const action of Object.keys(VENDOR_TRANSITIONS) as VendorAction[]) {
        if (canTransition(status, action))
          actual.push([status, action, VENDOR_TRANSITIONS[action].to]);
      }
    }
    expect(actual.sort()).toEqual([...allowed].sort());
  });

  it('leaves a rejection only by the seller reopening it, or by an upheld complaint', () => {
    const fromRejected = (Object.keys(VENDOR_TRANSITIONS) as VendorAction[]).filter((action) =>
      canTransition('rejected', action),
    );
    expect(fromRejected).toEqual(['reapply', 'reconsider']);
    expect(VENDOR_TRANSITIONS.reapply).toMatchObject({ to: 'draft', by: 'owner' });
    // Reversing a rejection sends the application back to review, never straight to approval.
    expect(VENDOR_TRANSITIONS.reconsider).toMatchObject({ to: 'submitted', by: 'admin' });
  });

  it('counts as decisions exactly the admins’ transitions', () => {
    const byAdmin = (Object.keys(VENDOR_TRANSITIONS) as VendorAction[]).filter(
      (action) => VENDOR_TRANSITIONS[action].by === 'admin',
    );
    expect([...DECISION_ACTIONS].sort()).toEqual(byAdmin.sort());
  });

  it('demands a reason for every restrictive decision', () => {
    expect(VENDOR_TRANSITIONS.reject.reasonRequired).toBe(true);
    expect(VENDOR_TRANSITIONS.requestChanges.reasonRequired).toBe(true);
    expect(VENDOR_TRANSITIONS.suspend.reasonRequired).toBe(true);
    expect(VENDOR_TRANSITIONS.approve.reasonRequired).toBe(false);
  });
});

describe('vendor lifecycle labels', () => {
  const i18n = new I18nService();

  it('names every status and action in the messages that report them', () => {
    for (const status of VENDOR_STATUSES)
      expect(i18n.has(`errors:vendorStatus.${status}`)).toBe(true);
    for (const action of Object.keys(VENDOR_TRANSITIONS))
      expect(i18n.has(`errors:vendorAction.${action}`)).toBe(true);
  });

  it('shows the labels, not the codes, in the caller’s language, and the next step', () => {
    const message = i18n.translate('en', 'errors:illegal-transition.detail', {
      id: 'v-1',
      action: 'requestChanges',
      status: 'changes_requested',
    });
    expect(message).toBe(
      '“Requesting changes” is not possible while the vendor’s status is “changes requested”. ' +
        'Next step for vendor v-1: make the requested changes (see GET /v1/vendors/v-1/decisions) ' +
        'with PATCH /v1/vendors/v-1, then submit it again with POST /v1/vendors/v-1/submit.',
    );
  });

  it('names the vendor and a next step for every status, in every 409', () => {
    for (const status of VENDOR_STATUSES) {
      expect(i18n.has(`errors:vendorNextStep.${status}`)).toBe(true);
      const vendor = { id: '6f1c2d3e-0000-4000-8000-000000000001', status };
      const errors = [illegalTransition(vendor, 'reapply')];
      try {
        assertEditable(vendor);
      } catch (error) {
        errors.push(error as ConflictError);
      }
      for (const error of errors) {
        const detail = i18n.translate('de', `errors:${error.code}.detail`, error.variables);
        expect(detail).toContain(vendor.id);
        expect(detail).not.toContain('vendorNextStep');
      }
    }
  });
});
