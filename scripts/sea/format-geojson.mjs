/**
 * The geodata files' JSON layout: 2-space indentation, with a position ([lon, lat] or
 * [lon, lat, z]) kept on one line. Every script that writes geodata/ uses it (the sea router,
 * npm run derive), so that rewriting a file changes only what changed.
 * @param {unknown} value
 * @returns {string}
 */
export function formatGeoJSON(value) {
  return (
    JSON.stringify(value, null, 2).replace(
      /\[\n\s*(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?),\n\s*(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)(?:,\n\s*(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?))?\n\s*\]/g,
      (_, a, b, c) => (c === undefined ? `[${a}, ${b}]` : `[${a}, ${b}, ${c}]`),
    ) + '\n'
  );
}
