/**
 * Wix Data's application errors (codes from Wix's "Wix Data error codes" list): the SDK throws an Error whose
 * message is the description and whose `details.applicationError.code` is the WDE code.
 */
import { applicationError, type WixHttpError } from '../errors';

export const itemNotFound = (collectionId: string, itemId: string): WixHttpError =>
  applicationError(404, 'WDE0073', `Item [${itemId}] does not exist in collection [${collectionId}].`, { itemId });

/**
 * A write whose `condition` the item does not meet. Wix's own code for this is unverified; an item that fails
 * the condition is treated like one the lookup did not find (see the emulator README).
 */
export const conditionNotMet = (collectionId: string, itemId: string): WixHttpError =>
  applicationError(
    404,
    'WDE0073',
    `Item [${itemId}] does not exist in collection [${collectionId}] or does not match the condition.`,
    { itemId, conditionNotMet: true },
  );

export const itemAlreadyExists = (collectionId: string, itemId: string): WixHttpError =>
  applicationError(409, 'WDE0074', `Item [${itemId}] already exists in collection [${collectionId}].`, { itemId });

export const unknownCollection = (collectionId: string): WixHttpError =>
  applicationError(
    404,
    'WDE0025',
    `The ${collectionId} collection does not exist. You cannot work with a collection using the Data API before it is created.`,
    { collectionId },
  );

export const noPermission = (collectionId: string, action: string): WixHttpError =>
  applicationError(403, 'WDE0027', `The current user does not have permissions to ${action} on the ${collectionId} collection.`, {
    collectionId,
  });

export const invalidRequest = (description: string): WixHttpError => applicationError(400, 'WDE0075', description);

export const tooManyRequests = (): WixHttpError =>
  applicationError(429, 'WDE0014', 'Requests per minute quota exceeded.', {}, { 'Retry-After': '1' });
