import type { LandmarkKind } from '../../feed/types.js';

/**
 * Outline icons for the landmark kinds of the feed, drawn for a 24 × 24 box centred on its origin
 * (x and y from -12 to 12) and meant to be stroked (`fill: none`, round caps and joins, a stroke of
 * about 2). Each is a single path, so a marker costs one element; the shapes follow the usual
 * wayfinding signs: a door with an arrow in or out, a briefcase for the job-seeker service, a
 * microphone, an "i", two figures, steps, a lift car with arrows, and a map pin for anything else.
 */
export const landmarkIcons: Readonly<Record<LandmarkKind, string>> = {
  entrance: 'M-2-9h9v18h-9M-10 0h11M-3-4l4 4-4 4',
  exit: 'M2-9h-9v18h9M-2 0h11M5-4l4 4-4 4',
  service: 'M-9-4h18v12h-18zM-4-4v-3h8v3M-9 1h18',
  stage: 'M0-10a3 3 0 0 1 3 3v5a3 3 0 0 1-6 0v-5a3 3 0 0 1 3-3zM-6-2a6 6 0 0 0 12 0M0 4v5M-4 9h8',
  info: 'M0-10a10 10 0 1 0 0 20a10 10 0 1 0 0-20zM0-2v7M0-6v0.5',
  toilet:
    'M-6-10a2 2 0 1 0 0 4a2 2 0 1 0 0-4zM-6-4v13M-9-2v5M-3-2v5M6-10a2 2 0 1 0 0 4a2 2 0 1 0 0-4zM6-4l-3 8h6zM6 4v5M0-10v19',
  stairs: 'M-10 9h5v-5h5v-5h5v-5h5',
  elevator: 'M-8-10h16v20h-16zM-4-2l4-4 4 4M-4 2l4 4 4-4',
  other: 'M0 10s-7-6-7-12a7 7 0 0 1 14 0c0 6-7 12-7 12zM0-4.5a2.5 2.5 0 1 0 0 5a2.5 2.5 0 1 0 0-5z',
};
