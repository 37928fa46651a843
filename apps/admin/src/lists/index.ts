/** States every list shares: error, empty, pagination that hides on error. */
export { ListError, ListEmpty, ListPagination } from './ListStates';
