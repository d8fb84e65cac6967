// Who a bulletin can reach, in SQL: the audience of a sending and the counts the panel shows
// must agree.

/** A list member who still receives mail. */
export const RECEIVING_MEMBER = `status = 'active'`

/** A subscriber who confirmed and asked for bulletins. */
export const BULLETIN_SUBSCRIBER = `status = 'confirmed' AND bulletins`
