// The data contract, served by msw: GET {base}/dataset.json. One handler per scenario.
import { delay, http, HttpResponse } from 'msw'
import { builtInDataset, emptyDataset, malformedDataset } from '../fixtures'

export const datasetPath = '*/data/v1/dataset.json'

export const datasetHandlers = {
  ok: http.get(datasetPath, () => HttpResponse.json(builtInDataset())),
  slow: http.get(datasetPath, async () => {
    await delay(3000)
    return HttpResponse.json(builtInDataset())
  }),
  failing: http.get(
    datasetPath,
    () =>
      new HttpResponse('Service unavailable', { status: 503, statusText: 'Service Unavailable' }),
  ),
  empty: http.get(datasetPath, () => HttpResponse.json(emptyDataset())),
  malformed: http.get(datasetPath, () => HttpResponse.json(malformedDataset())),
  notJson: http.get(
    datasetPath,
    () => new HttpResponse('<html>not json</html>', { headers: { 'Content-Type': 'text/html' } }),
  ),
}

export type DatasetScenario = keyof typeof datasetHandlers
