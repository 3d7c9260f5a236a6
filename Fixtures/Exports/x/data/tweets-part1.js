window.YTD.tweets.part1 = [
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "93"
      ],
      "favorite_count": "3",
      "id_str": "1850000000000000006",
      "truncated": false,
      "retweet_count": "0",
      "id": "1850000000000000006",
      "created_at": "Wed Nov 27 06:05:00 +0000 2024",
      "favorited": false,
      "full_text": "Sudah mencoblos di TPS 07 Kelurahan Sungai Putri. Mari jaga Pilkada damai dan netralitas ASN.",
      "lang": "in"
    }
  }
]