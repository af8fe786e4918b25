export function formatGeoJSON(value: unknown): string;
