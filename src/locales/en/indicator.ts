// The en messages of the indicator view and its charts, and of the overview's small charts (loaded with the view).
import charts from '@/locales/en/charts.json'
import dashboardIndicator from '@/locales/en/dashboard-indicator.json'
import map from '@/locales/en/map.json'

export default { charts, dashboardIndicator, map }
