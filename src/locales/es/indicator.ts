// The es messages of the indicator view and its charts, and of the overview's small charts (loaded with the view).
import charts from '@/locales/es/charts.json'
import dashboardIndicator from '@/locales/es/dashboard-indicator.json'
import map from '@/locales/es/map.json'

export default { charts, dashboardIndicator, map }
