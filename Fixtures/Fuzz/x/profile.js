window.YTD.profile.part0 = [
  {
    "profile": {
      "description": {
        "bio": "ASN Pemkot Kota Fiktif | Pelayanan publik | Akun pribadi",
        "website": "",
        "location": "Kota Fiktif, Jambi"
      },
      "avatarMediaUrl": "https://pbs.twimg.com/profile_images/1/avatar.jpg"
    }
  }
]