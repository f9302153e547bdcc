import { I18nService } from '@app/platform';
import { PRODUCT_STATUSES, PRODUCT_TRANSITIONS } from './product-lifecycle';

describe('listing lifecycle labels', () => {
  const i18n = new I18nService();

  it('names every status and action in the messages that report them', () => {
    for (const status of PRODUCT_STATUSES)
      expect(i18n.has(`errors:listingStatus.${status}`)).toBe(true);
    for (const action of Object.keys(PRODUCT_TRANSITIONS))
      expect(i18n.has(`errors:listingAction.${action}`)).toBe(true);
  });

  it('shows the labels, not the codes', () => {
    expect(
      i18n.translate('en', 'errors:product-not-editable.detail', { status: 'pending_review' }),
    ).toBe(
      'The listing’s status is “awaiting review”. Unpublish it first, or wait for the review to finish.',
    );
  });
});
