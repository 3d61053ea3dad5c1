import type { LandmarkKind } from '../../feed/types.js';

/**
 * Outline icons for the landmark kinds of the feed, drawn for a 24 × 24 box centred on its origin
 * (x and y from -12 to 12) and meant to be stroked (`fill: none`, round caps and joins, a stroke of
 * about 2) inside the marker's disc. Each is a single path, so a marker costs one element; the
 * shapes follow the usual wayfinding signs, as few strokes as still read: a door with an arrow in
 * or out, a briefcase for the job-seeker service, a microphone, an "i", two figures, steps, lift
 * arrows up and down, and a map pin for anything else.
 */
export const landmarkIcons: Readonly<Record<LandmarkKind, string>> = {
  entrance: 'M-2-9h9v18h-9M-10 0h11M-3-4l4 4-4 4',
  exit: 'M2-9h-9v18h9M-2 0h11M5-4l4 4-4 4',
  service: 'M-9-4h18v12h-18zM-4-4v-3h8v3M-9 1h18',
  stage: 'M-3-10h6v11h-6zM-7-2a7 7 0 0 0 14 0M0 5v5',
  info: 'M0-2v9M0-7v0',
  toilet: 'M-6-9v0M-6-5v14M6-9v0M6-5l-4 9h8zM0-10v20',
  stairs: 'M-10 9h5v-5h5v-5h5v-5h5',
  elevator: 'M-5-3l5-6 5 6M-5 3l5 6 5-6',
  other: 'M0 10l-6-9a7 7 0 1 1 12 0z',
};
