// The en messages of the indicator view and its charts, and of the overview's small charts (loaded with the view; the Map tab's in map-tab.ts).
import charts from '@/locales/en/charts.json'
import dashboardIndicator from '@/locales/en/dashboard-indicator.json'

export default { charts, dashboardIndicator }
