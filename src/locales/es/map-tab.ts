// The es messages of the indicator view's Map tab (loaded with the tab's code).
import map from '@/locales/es/map.json'

export default { map }
