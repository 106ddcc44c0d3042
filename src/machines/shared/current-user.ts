/** Who is working: stamped on every record written (`updatedBy`) and on approvals. */
export interface CurrentUser {
  id: string;
  name: string;
}
