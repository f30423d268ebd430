// The es messages of the indicator view and its charts, and of the overview's small charts (loaded with the view; the Map tab's in map-tab.ts).
import charts from '@/locales/es/charts.json'
import dashboardIndicator from '@/locales/es/dashboard-indicator.json'

export default { charts, dashboardIndicator }
