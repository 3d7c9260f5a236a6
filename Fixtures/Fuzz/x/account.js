window.YTD.account.part0 = [
  {
    "account": {
      "email": "rahmat.hidayat@example.id",
      "createdVia": "web",
      "username": "rahmat_hdyt",
      "accountId": "1700000000000000001",
      "createdAt": "2019-03-02T01:12:45.000Z",
      "accountDisplayName": "Rahmat Hidayat"
    }
  }
]