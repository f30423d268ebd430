// The en messages of the indicator view and its charts (loaded with the view).
import dashboardIndicator from '@/locales/en/dashboard-indicator.json'

export default { dashboardIndicator }
