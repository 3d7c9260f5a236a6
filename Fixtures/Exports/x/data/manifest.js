window.__THAR_CONFIG = {
  "userInfo": {
    "accountId": "1700000000000000001",
    "userName": "rahmat_hdyt",
    "displayName": "Rahmat Hidayat"
  },
  "archiveInfo": {
    "sizeBytes": "123456",
    "generationDate": "2024-12-01T02:00:00.000Z",
    "isPartialArchive": false
  }
}