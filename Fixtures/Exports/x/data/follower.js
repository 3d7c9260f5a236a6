window.YTD.follower.part0 = [
  {
    "follower": {
      "accountId": "1600000000000000031",
      "userLink": "https://twitter.com/intent/user?user_id=1600000000000000031"
    }
  }
]