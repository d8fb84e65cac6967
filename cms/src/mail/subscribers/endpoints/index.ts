import { exportSubscriber } from '../exportSubscriber'
import { confirmSubscription, confirmSubscriptionPage } from './confirmSubscription'
import { manageSubscription, manageSubscriptionPage } from './manageSubscription'
import { subscribe } from './subscribe'
import { subscriptionFormStart } from './subscriptionFormStart'
import { unsubscribe, unsubscribeInBrowser } from './unsubscribe'

/**
 * The only public ways into subscriptions (see shared SUBSCRIPTION_API): they come before
 * Payload's own routes of the collection, so `POST /api/subscribers` is the checked request.
 */
export const subscriberEndpoints = [
  subscribe,
  subscriptionFormStart,
  confirmSubscriptionPage,
  confirmSubscription,
  manageSubscriptionPage,
  manageSubscription,
  unsubscribe,
  unsubscribeInBrowser,
  exportSubscriber,
]
