// Fixture data for msw: the built-in dataset itself (public/data/v1/dataset.json), so the
// tests exercise the real file, plus shapes of it that are broken on purpose.
import builtIn from '../public/data/v1/dataset.json'

export function builtInDataset(): typeof builtIn {
  return structuredClone(builtIn)
}

/** The built-in dataset with no figures (an empty response). */
export function emptyDataset() {
  return { ...builtInDataset(), figures: [] }
}

/** The built-in dataset with two broken figures: a range whose low exceeds its high, and a figure of an unknown indicator. */
export function malformedDataset() {
  const data = builtInDataset() as unknown as { figures: Record<string, unknown>[] }
  const [first, second] = data.figures
  data.figures[1] = { ...second, estimate: { kind: 'range', low: 9, high: 1 } }
  data.figures.push({ ...first, id: 'orphan-figure', indicatorId: 'no-such-indicator' })
  return data
}
