import type { AppConfig } from '@app/platform';

/** `not_checked`: no register was asked, because none is configured (VIES_API_BASE unset). */
export type VatRegistryAnswer = 'valid' | 'invalid' | 'not_checked';

/** The register could not answer now (down, overloaded, timed out); asking later may work. */
export class VatRegistryUnavailableError extends Error {
  constructor(reason: string) {
    super(`VAT registry unavailable: ${reason}`);
    this.name = 'VatRegistryUnavailableError';
  }
}

/** The port through which VAT IDs are checked against the member states' registers. */
export interface VatRegistry {
  /** `prefix` is the VAT prefix (EL for Greece); `number` the part after it. */
  check(prefix: string, number: string): Promise<VatRegistryAnswer>;
}

export const VAT_REGISTRY = Symbol('VAT_REGISTRY');

/** VIES answers, per its REST API, that mean "try again later" rather than "invalid". */
const UNAVAILABLE_ERRORS = new Set([
  'SERVICE_UNAVAILABLE',
  'MS_UNAVAILABLE',
  'TIMEOUT',
  'MS_MAX_CONCURRENT_REQ',
  'GLOBAL_MAX_CONCURRENT_REQ',
  'SERVER_BUSY',
]);

interface ViesResponse {
  valid?: boolean;
  userError?: string;
}

/**
 * Adapter for the Commission's VIES REST service (`POST /check-vat-number`). VIES relays each
 * question to the member state's own register, which is often briefly unavailable.
 */
export class ViesRestClient implements VatRegistry {
  constructor(
    private readonly baseUrl: string,
    private readonly timeoutMs: number,
  ) {}

  async check(prefix: string, number: string): Promise<VatRegistryAnswer> {
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl.replace(/\/$/, '')}/check-vat-number`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ countryCode: prefix, vatNumber: number }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw new VatRegistryUnavailableError(error instanceof Error ? error.message : String(error));
    }
    if (!response.ok) throw new VatRegistryUnavailableError(`HTTP ${response.status}`);
    const body = (await response.json()) as ViesResponse;
    if (body.userError && UNAVAILABLE_ERRORS.has(body.userError))
      throw new VatRegistryUnavailableError(body.userError);
    if (typeof body.valid !== 'boolean') throw new VatRegistryUnavailableError('unexpected answer');
    return body.valid ? 'valid' : 'invalid';
  }
}

/**
 * Stands in for VIES where none is configured (development, tests): sends nothing anywhere and
 * answers that the VAT ID was not checked. Production refuses to start without VIES_API_BASE.
 */
export class UnconfiguredVatRegistry implements VatRegistry {
  check(): Promise<VatRegistryAnswer> {
    return Promise.resolve('not_checked');
  }
}

/** VIES when VIES_API_BASE is set; otherwise the stand-in, so nothing calls out by default. */
export function createVatRegistry(config: AppConfig): VatRegistry {
  return config.VIES_API_BASE
    ? new ViesRestClient(config.VIES_API_BASE, config.VIES_TIMEOUT_MS)
    : new UnconfiguredVatRegistry();
}
