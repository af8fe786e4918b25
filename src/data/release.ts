/** The dataset's release (geodata/release.json): its semver version and date, shown in the
 * overview and in every citation. Only these two fields are imported (the baseline's id list
 * stays out of the bundle). */
import { date, version } from '../../geodata/release.json';

export const DATA_RELEASE: { version: string; date: string } = { version, date };
