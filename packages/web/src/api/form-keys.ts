/**
 * Query keys of what hangs off one form and depends on its status (whether it can be edited now): a workflow step
 * (submit, withdraw…) refreshes them with the form, so an upload or answer is not offered on a sheet just locked.
 */
export function attachmentsKey(formId: string | number) {
  return ['attachments', String(formId)];
}

export function rectificationKey(formId: string | number) {
  return ['rectification', String(formId)];
}
