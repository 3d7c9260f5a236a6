window.YTD.following.part0 = [
  {
    "following": {
      "accountId": "1600000000000000021",
      "userLink": "https://twitter.com/intent/user?user_id=1600000000000000021"
    }
  },
  {
    "following": {
      "accountId": "1600000000000000022",
      "userLink": "https://twitter.com/intent/user?user_id=1600000000000000022"
    }
  }
]