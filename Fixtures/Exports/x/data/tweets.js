window.YTD.tweets.part0 = [
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
        "103"
      ],
      "favorite_count": "3",
      "id_str": "1846000000000000001",
      "truncated": false,
      "retweet_count": "0",
      "id": "1846000000000000001",
      "created_at": "Mon Oct 14 00:30:00 +0000 2024",
      "favorited": false,
      "full_text": "Selamat pagi! Apel Senin di halaman Kantor Camat Telanaipura berjalan tertib. Semangat melayani warga &amp; menjaga netralitas 🙏",
      "lang": "in"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "BudiSari2024",
            "indices": [
              "61",
              "74"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": [],
        "media": [
          {
            "type": "photo",
            "media_url_https": "https://pbs.twimg.com/media/FiKtIf1.jpg",
            "id_str": "1846000000000000902"
          }
        ]
      },
      "display_text_range": [
        "0",
        "79"
      ],
      "favorite_count": "3",
      "id_str": "1846000000000000002",
      "truncated": false,
      "retweet_count": "0",
      "id": "1846000000000000002",
      "created_at": "Sun Oct 20 12:05:00 +0000 2024",
      "favorited": false,
      "full_text": "Ayo dukung paslon nomor 2 Budi–Sari, demi Kota Fiktif lebih maju! #BudiSari2024",
      "lang": "in",
      "extended_entities": {
        "media": [
          {
            "type": "photo",
            "ext_alt_text": "berfoto di depan baliho paslon nomor 2 sambil mengacungkan dua jari",
            "media_url_https": "https://pbs.twimg.com/media/FiKtIf1.jpg",
            "id_str": "1846000000000000902"
          }
        ]
      }
    }
  },
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
        "101"
      ],
      "favorite_count": "3",
      "id_str": "1846000000000000003",
      "truncated": false,
      "retweet_count": "0",
      "id": "1846000000000000003",
      "created_at": "Mon Oct 21 02:12:00 +0000 2024",
      "favorited": false,
      "full_text": "@diskominfo_fiktif Terima kasih informasinya, Pak. Jadwal pelayanan KTP sudah kami teruskan ke warga.",
      "lang": "in",
      "in_reply_to_status_id_str": "1845999999999999001",
      "in_reply_to_status_id": "1845999999999999001",
      "in_reply_to_screen_name": "diskominfo_fiktif",
      "in_reply_to_user_id_str": "1500000000000000077"
    }
  },
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
        "81"
      ],
      "favorite_count": "3",
      "id_str": "1846000000000000004",
      "truncated": false,
      "retweet_count": "0",
      "id": "1846000000000000004",
      "created_at": "Fri Oct 25 13:40:00 +0000 2024",
      "favorited": false,
      "full_text": "RT @relawan_budisari: Rekan-rekan ASN, jangan lupa 27 November coblos nomor 2! ✌️",
      "lang": "in"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/AbCdEf1234",
            "expanded_url": "https://twitter.com/kpu_kotafiktif/status/1850000000000000005",
            "display_url": "twitter.com/kpu_kotafiktif…",
            "indices": [
              "31",
              "54"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "53"
      ],
      "favorite_count": "3",
      "id_str": "1846000000000000005",
      "truncated": false,
      "retweet_count": "0",
      "id": "1846000000000000005",
      "created_at": "Fri Nov 01 01:15:00 +0000 2024",
      "favorited": false,
      "full_text": "Penting untuk diketahui warga https://t.co/AbCdEf1234",
      "lang": "in"
    }
  }
]