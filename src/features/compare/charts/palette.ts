// Colours of the comparison charts: Okabe–Ito blue and vermillion (told apart with the common
// colour-vision deficiencies), each also drawn with its own line style and named in words, so no
// chart relies on colour alone. Every colour has at least 3:1 contrast against white.
export const COMPARE_COLOURS = {
  first: '#0072B2',
  second: '#C04800',
  /** Bars where the second side scores higher. */
  positive: '#0072B2',
  /** Bars where the second side scores lower; drawn hatched as well. */
  negative: '#C04800',
  threshold: '#6b6b6b',
  grid: '#b8b8b8',
  axis: '#595959',
  text: '#1f1f1f',
} as const
