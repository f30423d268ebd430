// The es messages of the filters' parts that load on use: the list of places (on first
// opening), the remembered filter's notice and the "no figure matches" notice.
import filterChoices from '@/locales/es/filter-choices.json'

export default { filterChoices }
