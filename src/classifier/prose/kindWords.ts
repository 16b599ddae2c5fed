/**
 * Words that make a message a bounce or a delay notice by its Subject or its text. Layout
 * markers live with their layout modules (src/classifier/layouts/).
 */

/** Words that make a Subject look like a bounce (en + localised Exchange prefixes). */
export const BOUNCE_SUBJECTS = [
  "undeliverable", "undelivered mail", "delivery status notification (failure)", "mail delivery failed",
  "delivery failure", "returned mail", "failure notice", "non remis", "unzustellbar", "no se puede entregar",
  "non recapitabile", "onbestelbaar", "não entregue", "não é possível entregar", "olevererbart", "配信不能",
  "delivery failed", "undeliverable mail", "mail delivery failure", "message not delivered", "nondeliverable",
  "returned to sender", "permanent delivery failure", "mail failure", "mail system error", "delivery notification: delivery has failed", "non-delivery",
  "delivery status notification", "could not be delivered", "delivery has failed", "failure delivery", "failed delivery", "there was an error sending your mail",
  "mail could not be delivered", "message delivery failure", "undelivered message", "not delivered", "delivery problem", "mail delivery problem",
  "returned mail", "bounced mail", "nicht zustellbar", "non distribuibile", "no entregado", "niet afgeleverd", "メールエラー通知", "配信エラー", "送信エラー",
];

export const DELAY_SUBJECTS = ["delivery status notification (delay)", "delayed mail", "delivery delayed", "warning: could not send message", "message delayed", "zustellung verzögert", "remise différée"];

export const DELAY_PHRASES = [
  "Delivery is delayed", "delivery has been delayed", "has not yet been delivered", "has not been delivered yet", "Delivery to the following recipients has been delayed",
  "will retry", "will continue to try", "will continue trying", "will keep trying", "attempts will continue", "will try again", "will be retried", "still being retried",
  "Message delayed", "is delayed", "still trying", "has been delayed", "no action is required on your part", "you do not need to resend",
];

/**
 * Challenge-response systems answer a message with "prove you are a person": an automatic reply,
 * not a delivery failure (lower-case).
 */
export const CHALLENGE_PHRASES = [
  "add yourself to my guest list", "guest list", "verify that you are a real person", "verify that you are a human", "prove that you are a human", "prove you are human",
  "confirm that you are not a spammer", "approved senders list", "to get your message delivered, please", "sender verification request", "challenge-response",
  "held until you verify", "click the link below to verify", "please verify your message",
];
