import { t, type Message } from './i18n.js';

/**
 * Words for the feed's open vocabularies that elements show to visitors: the employer types and
 * degrees the contract names (`central-soe`, `soe`, … and `associate` … `doctoral`). A value the
 * table does not know is shown as the feed wrote it.
 */
export const EMPLOYER_TYPES: Readonly<Record<string, Message>> = {
  'central-soe': ['央企', 'Central SOE'],
  soe: ['国有企业', 'State-owned'],
  private: ['民营企业', 'Private'],
  foreign: ['外资企业', 'Foreign'],
  institution: ['事业单位', 'Public institution'],
  university: ['高校', 'University'],
  hospital: ['医院', 'Hospital'],
};

export const DEGREES: Readonly<Record<string, Message>> = {
  associate: ['专科', 'Associate'],
  bachelor: ['本科', 'Bachelor'],
  master: ['硕士', 'Master'],
  doctoral: ['博士', 'Doctorate'],
};

/** The word for `value` from one of the tables above in `lang`, else `value` as written. */
export const vocabWord = (
  table: Readonly<Record<string, Message>>,
  value: string,
  lang: string,
): string => (Object.hasOwn(table, value) ? t(lang, table[value]!) : value);
