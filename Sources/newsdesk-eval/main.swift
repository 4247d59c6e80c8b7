print("newsdesk-eval: nothing yet")
