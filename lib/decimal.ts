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

/** a / b as the double nearest to the exact quotient; null when b is 0. */
export function quotient(a: Decimal, b: Decimal): number | null {
  if (b.m === 0n) return null;
  // a/b = (a.m / b.m) × 10^(b.scale − a.scale)
  let num = a.m;
  let den = b.m;
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  const negative = num < 0n;
  if (negative) num = -num;
  if (num === 0n) return 0;
  // 25 significant digits plus a sticky digit: more than a double holds, so Number() rounds once, correctly.
  const shift = Math.max(0, 25 - (num / den).toString().length + 1) + den.toString().length;
  const q = (num * pow10(shift)) / den;
  const sticky = (num * pow10(shift)) % den === 0n ? '' : '1';
  const text = `${negative ? '-' : ''}${q}${sticky}e${b.scale - a.scale - shift - sticky.length}`;
  return Number(text);
}

/** The exact decimal as the nearest double. */
export function toNumber(a: Decimal): number {
  return Number(`${a.m}e${-a.scale}`);
}
