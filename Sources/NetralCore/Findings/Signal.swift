/// What kind of election signal a piece of evidence is.
public enum Signal: String, Sendable, Hashable, CaseIterable, Codable {
  case candidate
  case party
  case hashtag
  case slogan
  case gesture
  case ballotNumber = "ballot_number"
  case support
  case opposition
  case campaignAccount = "campaign_account"
  case attribute
  case event
  case campaignWord = "campaign_word"
  case mobilization
  case membership
  case profileFrame = "profile_frame"
  case photo
}
