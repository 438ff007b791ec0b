// Exact decimal arithmetic on the numbers people type. A JavaScript number is read as its shortest
// round-trip decimal (what String(x) shows: 0.05, 1.005), so 100 × 0.6 / 0.05 or 1.005 → 1.01 come out
// as a person computing by hand expects; only the final division rounds, once, to the nearest double.

/** A decimal m × 10^(−scale), exactly. */
export type Decimal = { m: bigint; scale: number };

const DECIMAL_RE = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/** Reads a finite number as its shortest round-trip decimal; throws RangeError on NaN / ±Infinity. */
export function toDecimal(x: number): Decimal {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  const match = DECIMAL_RE.exec(String(x));
  if (!match) throw new RangeError(`unexpected number form: ${String(x)}`);
  const [, sign, int, frac = '', exp = '0'] = match;
  let digits = int + frac;
  let scale = frac.length - Number(exp);
  if (scale < 0) {
    digits += '0'.repeat(-scale);
    scale = 0;
  }
  const m = BigInt(digits);
  return { m: sign === '-' ? -m : m, scale };
}

const pow10 = (n: number) => 10n ** BigInt(n);

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.m * pow10(scale - a.scale), b.m * pow10(scale - b.scale), scale];
}

export function add(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = align(a, b);
  return { m: x + y, scale };
}

export function sub(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = align(a, b);
  return { m: x - y, scale };
}

export function mul(a: Decimal, b: Decimal): Decimal {
  return { m: a.m * b.m, scale: a.scale + b.scale };
}

export const isZero = (a: Decimal) => a.m === 0n;

const bitLength = (x: bigint) => x.toString(2).length;

/** a / b as the double nearest to the exact quotient (ties to even, as IEEE division); null when b is 0. */
export function quotient(a: Decimal, b: Decimal): number | null {
  if (b.m === 0n) return null;
  if (a.m === 0n) return 0;
  const negative = a.m < 0n !== b.m < 0n;
  // a / b = num / den with both positive integers: fold the powers of ten into one side.
  let num = a.m < 0n ? -a.m : a.m;
  let den = b.m < 0n ? -b.m : b.m;
  const exp10 = b.scale - a.scale;
  if (exp10 >= 0) num *= pow10(exp10);
  else den *= pow10(-exp10);
  // Scale by 2^k so the integer quotient has 54–55 bits, then round it to 53 with the remainder as a sticky bit.
  const k = 55 - (bitLength(num) - bitLength(den));
  const n = k >= 0 ? num << BigInt(k) : num;
  const d = k >= 0 ? den : den << BigInt(-k);
  const q = n / d;
  const inexact = n % d !== 0n;
  const extra = bitLength(q) - 53;
  const dropped = q & ((1n << BigInt(extra)) - 1n);
  const half = 1n << BigInt(extra - 1);
  let mantissa = q >> BigInt(extra);
  if (dropped > half || (dropped === half && (inexact || (mantissa & 1n) === 1n))) mantissa += 1n;
  // Exact for results between 2^-1022 and 2^1023, far beyond any KPI.
  const magnitude = Number(mantissa) * 2 ** (extra - k);
  return negative ? -magnitude : magnitude;
}

/** The exact decimal as the nearest double. */
export function toNumber(a: Decimal): number {
  return Number(`${a.m}e${-a.scale}`);
}
