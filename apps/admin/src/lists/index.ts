/** States every list shares: error, empty, nothing matching a search, pagination that hides on error. */
export { ListError, ListEmpty, ListPagination } from './ListStates';
export { ListNoMatch } from './ListNoMatch';
