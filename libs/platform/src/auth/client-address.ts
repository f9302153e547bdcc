import { isIPv4, isIPv6 } from 'node:net';

/** Hextets of an IPv6 address, written out in full (no `::`, no embedded IPv4 dotted quad). */
function ipv6Hextets(address: string): string[] {
  let text = address;
  const dottedQuad = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)?.[1];
  if (dottedQuad) {
    const [a, b, c, d] = dottedQuad.split('.').map(Number);
    const high = ((a << 8) | b).toString(16);
    const low = ((c << 8) | d).toString(16);
    text = `${text.slice(0, -dottedQuad.length)}${high}:${low}`;
  }
  const [head, tail] = text.split('::');
  const headParts = head ? head.split(':') : [];
  const tailParts = tail ? tail.split(':') : [];
  const zeros =
    tail === undefined ? [] : Array<string>(8 - headParts.length - tailParts.length).fill('0');
  return [...headParts, ...zeros, ...tailParts].map((hextet) => hextet.toLowerCase());
}

/**
 * The key under which login attempts from a client address are counted. An IPv4-mapped IPv6
 * address counts as its IPv4 address. Other IPv6 addresses count by their /64 prefix: one
 * subscriber is usually given a whole /64 (RFC 6177, RIPE-690 §4.2), so counting single addresses
 * would let a client change address for every guess.
 */
export function clientAddressKey(ip: string): string {
  const address = ip.split('%')[0] ?? ip;
  if (isIPv4(address) || !isIPv6(address)) return address;
  const hextets = ipv6Hextets(address);
  const mapped = hextets.slice(0, 6).join(':') === '0:0:0:0:0:ffff';
  if (mapped) {
    const [high, low] = hextets.slice(6).map((hextet) => parseInt(hextet, 16));
    return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
  }
  return `${hextets
    .slice(0, 4)
    .map((hextet) => parseInt(hextet, 16).toString(16))
    .join(':')}::/64`;
}
