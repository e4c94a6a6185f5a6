import type { I18n } from '../../i18n/I18nProvider';

type Tx = I18n['tx'];

export const levelLabel = (tx: Tx, level: string) => tx(`network.catalogue.level.${level}`, level);
export const kindLabel = (tx: Tx, kind: string) => tx(`network.catalogue.kind.${kind}`, kind);

export const LEVEL_COLOURS: Record<string, string> = { COUNTY: 'red', TOWNSHIP: 'blue', VILLAGE: 'cyan', BANK: 'gold', HOSPITAL: 'magenta' };
