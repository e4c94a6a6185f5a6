/**
 * A page of results, as every CHS service answers a list (platform-web's `PageResponse`): the items, the page number from 0,
 * the page size asked for and whether more follow. `total` is there only where the service counts the list; elsewhere page
 * until `hasNext` is false.
 */
export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  hasNext: boolean;
  /** Known where the service counts; otherwise absent. */
  total?: number;
}
