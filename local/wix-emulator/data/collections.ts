/**
 * The app's collections, loaded from the definition the README tells a developer to paste into the app
 * dashboard (src/backend/link-history/links-collection.json), with who may do what on each.
 */
import { appCollections } from '../../../src/backend/link-history/collection';
import type { SubjectType } from '../oauth/auth';

export type ItemAction = 'itemRead' | 'itemInsert' | 'itemUpdate' | 'itemRemove';
type PermissionLevel = 'ANYONE' | 'SITE_MEMBER' | 'SITE_MEMBER_AUTHOR' | 'CMS_EDITOR' | 'PRIVILEGED';

/** Who each Wix permission level admits, among the callers the emulator knows. PRIVILEGED: only the app itself. */
const ADMITTED: Record<PermissionLevel, readonly SubjectType[]> = {
  ANYONE: ['VISITOR', 'MEMBER', 'USER', 'APP'],
  SITE_MEMBER: ['MEMBER', 'USER', 'APP'],
  SITE_MEMBER_AUTHOR: ['MEMBER', 'USER', 'APP'],
  CMS_EDITOR: ['USER', 'APP'],
  PRIVILEGED: ['APP'],
};

export type LoadedCollection = { id: string; permissions: Record<ItemAction, PermissionLevel> };

export function loadCollections(): LoadedCollection[] {
  return appCollections.map((collection) => ({
    id: collection.id,
    permissions: collection.dataPermissions as Record<ItemAction, PermissionLevel>,
  }));
}

export function mayAct(collection: LoadedCollection, action: ItemAction, subjectType: SubjectType): boolean {
  return (ADMITTED[collection.permissions[action]] ?? []).includes(subjectType);
}
