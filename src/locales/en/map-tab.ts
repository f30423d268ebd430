// The en messages of the indicator view's Map tab (loaded with the tab's code).
import map from '@/locales/en/map.json'

export default { map }
