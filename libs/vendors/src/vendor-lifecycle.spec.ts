import { I18nService } from '@app/platform';
import {
  canTransition,
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

  it('lets nothing leave a rejection', () => {
    for (const action of Object.keys(VENDOR_TRANSITIONS) as VendorAction[]) {
      expect(canTransition('rejected', action)).toBe(false);
    }
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

  it('shows the labels, not the codes, in the caller’s language', () => {
    const message = i18n.translate('en', 'errors:illegal-transition.detail', {
      action: 'requestChanges',
      status: 'changes_requested',
    });
    expect(message).toBe(
      '“Requesting changes” is not possible while the vendor’s status is “changes requested”.',
    );
  });
});
