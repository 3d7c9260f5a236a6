window.YTD.like.part0 = [
  {
    "like": {
      "tweetId": "1848000000000000011",
      "fullText": "Budi–Sari nomor 2, pilihan tepat untuk Kota Fiktif! #MenangBersamaBudiSari",
      "expandedUrl": "https://twitter.com/i/web/status/1848000000000000011"
    }
  },
  {
    "like": {
      "tweetId": "1848000000000000012",
      "fullText": "Jadwal pemungutan suara Pilkada serentak: Rabu, 27 November 2024, pukul 07.00–13.00 WIB.",
      "expandedUrl": "https://twitter.com/i/web/status/1848000000000000012"
    }
  },
  {
    "like": {
      "tweetId": "1848000000000000013",
      "expandedUrl": "https://twitter.com/i/web/status/1848000000000000013"
    }
  }
]