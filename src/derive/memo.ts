/** Memoises a function on the identity of its arguments (the last call only). */
export function memoLast<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; r: R } | null = null;
  return (...args: A) => {
    if (last && last.args.length === args.length && last.args.every((a, i) => a === args[i])) return last.r;
    const r = fn(...args);
    last = { args, r };
    return r;
  };
}
