// The es messages that say what is wrong with a record (the dataset's invalid records, an
// imported file's rows): loaded when there are any to show, and with the import view.
import validation from '@/locales/es/validation.json'

export default { validation }
