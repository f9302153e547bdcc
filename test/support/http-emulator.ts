import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export type Route = (request: RecordedRequest) => { status: number; body: unknown } | undefined;

/** A small HTTP server on a spare loopback port that answers like an external API and records calls. */
export class HttpEmulator {
  readonly requests: RecordedRequest[] = [];
  private server: Server | undefined;

  constructor(private readonly route: Route) {}

  get url(): string {
    const address = this.server?.address() as AddressInfo | undefined;
    if (!address) throw new Error('emulator not started');
    return `http://127.0.0.1:${address.port}`;
  }

  async start(): Promise<this> {
    this.server = createServer((request: IncomingMessage, response: ServerResponse) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const recorded: RecordedRequest = {
          method: request.method ?? 'GET',
          path: request.url ?? '/',
          headers: request.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        };
        this.requests.push(recorded);
        const answer = this.route(recorded) ?? {
          status: 404,
          body: { error: { message: 'not emulated' } },
        };
        response.writeHead(answer.status, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify(answer.body));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    );
  }
}

/**
 * The VIES REST endpoint `POST /check-vat-number`: answers `valid` for the numbers it was told
 * about, and can be switched to "member state unavailable".
 */
export class ViesEmulator extends HttpEmulator {
  available = true;
  readonly validNumbers = new Set<string>();

  constructor() {
    super((request) => {
      if (request.method !== 'POST' || request.path !== '/check-vat-number') return undefined;
      if (!this.available)
        return { status: 200, body: { valid: false, userError: 'MS_UNAVAILABLE' } };
      const { countryCode, vatNumber } = JSON.parse(request.body) as {
        countryCode: string;
        vatNumber: string;
      };
      return {
        status: 200,
        body: {
          countryCode,
          vatNumber,
          valid: this.validNumbers.has(`${countryCode}${vatNumber}`),
          userError: 'VALID',
        },
      };
    });
  }
}

/** The Stripe endpoints the payout flow uses: connected accounts and account links. */
export class StripeEmulator extends HttpEmulator {
  private readonly accountsByIdempotencyKey = new Map<string, string>();
  private counter = 0;

  constructor() {
    super((request) => {
      if (request.method === 'POST' && request.path === '/v1/accounts') {
        const params = new URLSearchParams(request.body);
        const key = String(request.headers['idempotency-key'] ?? '');
        const id = this.accountsByIdempotencyKey.get(key) ?? `acct_emulated${(this.counter += 1)}`;
        if (key) this.accountsByIdempotencyKey.set(key, id);
        return {
          status: 200,
          body: {
            id,
            object: 'account',
            type: params.get('type'),
            country: params.get('country'),
            business_type: params.get('business_type'),
            payouts_enabled: false,
            details_submitted: false,
            metadata: { vendorId: params.get('metadata[vendorId]') },
          },
        };
      }
      if (request.method === 'POST' && request.path === '/v1/account_links') {
        const params = new URLSearchParams(request.body);
        return {
          status: 200,
          body: {
            object: 'account_link',
            url: `https://connect.stripe.test/setup/${params.get('account')}`,
            created: Math.floor(Date.now() / 1000),
            expires_at: Math.floor(Date.now() / 1000) + 300,
          },
        };
      }
      return undefined;
    });
  }

  /** Form parameters of the recorded requests to `path`. */
  calls(path: string): URLSearchParams[] {
    return this.requests.filter((r) => r.path === path).map((r) => new URLSearchParams(r.body));
  }
}
