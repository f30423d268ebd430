// The es messages of the indicator view and its charts (loaded with the view).
import dashboardIndicator from '@/locales/es/dashboard-indicator.json'

export default { dashboardIndicator }
