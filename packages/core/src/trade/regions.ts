/**
 * The China model's partner regions: ids and order are part of the contract in API.md (the report and the app
 * refer to them by id), so they are fixed here and the source data is checked against them.
 */

/** Region ids in model order: 13 partners, then the rest of the world. */
export const CHINA_REGION_IDS = [
  'us',
  'eu',
  'asean',
  'japan',
  'korea',
  'hong_kong',
  'taiwan',
  'india',
  'russia',
  'africa',
  'latam',
  'australia',
  'uk',
  'rest',
] as const;

export type ChinaRegionId = (typeof CHINA_REGION_IDS)[number];

/** The residual region: it absorbs what the named partners leave of a total, including rounding. */
export const RESIDUAL_REGION: ChinaRegionId = 'rest';
