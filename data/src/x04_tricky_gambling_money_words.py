# Second batch (x*), tricky benign: gambling-, money- and clickbait-sounding
# words used honestly.  Poker and royal-flush puns on non-gambling products,
# "jackpot" savings, "bet you'll love it", honest "win a free consultation",
# sweepstakes by named brands that say no purchase necessary and link
# official rules (README: compliant), real deadlines and stock levels,
# deposit products, savings rates, honest alerts.  All compliant.
DATA = r"""
@ vertical=retail lang=en tricky=1
Bet You Can't Wear Just One | Our cloud-soft socks, 6 pairs for $24. Money-back promise if you don't love them.
We Bet You Keep It | Put our blender through 60 days of smoothies. Still unsure? Free pickup and refund.
Jackpot Savings on School Supplies | Notebooks 50 cents, backpacks from $12. In store through August 31.
Hit the Jackpot at the Thrift Store | Half-price everything on the first Saturday of the month.
Royal Flush Toilet Upgrade | Dual-flush toilets installed in a day. Save 4,000 gallons a year.
Poker-Face Matte Foundation | Shine-free for 16 hours, 40 shades. $26.
Full House Sale | Furniture for every room, 30% off. Delivery in a week.
All-In on Comfort | Recliners from $399. Six colours, two fabrics.
Winning Streak Socks | Running socks with blister-free seams. Buy 3, get 1 free.
Ace Your Exams Planner | Undated study planner with a revision tracker. $14.
Dice Bags for Tabletop Gamers | Handmade drawstring bags for your D&D dice.
Lucky Dip Bags for Kids | Mystery bags of stationery and stickers, $3 at the school fair. Every bag has the same value.
Win-Win Trade-In | Bring your old vacuum, take $50 off a new one. Any brand.
Double Down on Breakfast | Two breakfast sandwiches for $6 until 10:30am.
Cash Back on Every Order | Members earn 3% back in store credit. Free to join.
Bonus Mini Serum Over $40 | A 10 ml vitamin C serum added to skincare orders over $40 until the minis run out.
Only 12 Left in Stock | Our limited-run ceramic vase is almost gone. No restock planned this year.
Sale Ends Tonight at Midnight PT | Last chance for 20% off swimwear at Tidewell.
@ vertical=retail lang=en tricky=1
Enter to Win a Kitchen Makeover | Homewise Sweepstakes: one grand prize of $10,000 in appliances. No purchase necessary. Official rules at homewise.com/sweeps. Ends June 30.
~Homewise Kitchen Makeover Sweepstakes | $10,000 in appliances for one winner. No purchase necessary, see official rules. Closes June 30.
Summer Road-Trip Giveaway From Trailhead Coffee | Win a camper-van weekend. No purchase necessary. 18+, US residents. Rules at trailheadcoffee.com/rules.
Instagram Giveaway: Win a Year of Dog Food | Follow, tag a friend and share. No purchase necessary. Winner picked July 1. See bio for rules.
Spin the Prize Wheel at Our Booth | Everyone wins a coupon or a tote bag at the Home Show. Free entry.
@ vertical=local_services lang=en tricky=1
Win a Free Consultation | Enter our monthly draw for a free 1-hour interior design consult. No purchase necessary.
Free 20-Minute Legal Consultation | Talk to a tenant-rights attorney with no obligation. Call Mon-Fri.
Free Estimate, No Pressure | Roof inspection and written quote at no cost. Licensed and insured.
Free Trial Class, Really Free | No card needed. Try one pottery class on us.
Money-Back Guarantee on Lawn Care | Not happy after the first visit? We'll refund it. Simple.
Guaranteed Delivery by Christmas | Order by December 18 for delivery by the 24th.
@ vertical=finance lang=en tricky=1
High-Yield Savings at 4.25% APY | Variable rate, may change after opening. Member FDIC. Open in 5 minutes.
12-Month CD at 4.5% APY | $500 minimum. Early withdrawal penalty applies. Member FDIC.
Free Checking for Students | No monthly fees, free ATM withdrawals at 40,000 locations.
Kids' Piggy Bank Account | A savings account with a real vault tour on opening day.
Tax Prep From $89 | Simple returns filed by a licensed preparer in 48 hours.
Money Talks Workshop | Free community budgeting class at the library. Bring your questions.
Compound Interest Calculator | Free tool that shows how savings grow over time. No sign-up.
Fraud Alert Feature | Our app texts you instantly if your debit card is used abroad. Turn it on in settings.
Targeted Returns, Not Guaranteed | Our balanced fund aims for steady long-term growth. Past performance is no guarantee.
Credit Monitoring, Free for Members | Get alerts when your credit report changes. No card required.
Payroll for Restaurants | Tip pooling, overtime and taxes handled. First month free.
@ vertical=insurance lang=en tricky=1
Don't Gamble With Your Home | Homeowners insurance quotes in 10 minutes. Compare three carriers.
The Odds Are You'll Need It | Pet insurance from $14 a month. Vet visits reimbursed in 2 days.
Bet on Peace of Mind | Travel insurance that covers cancellations for any reason. Get a quote.
@ vertical=software_saas lang=en tricky=1
Security Alert: Patch Available | Version 4.2 fixes a login issue. Update from your admin console at your convenience.
You've Won Back 5 Hours a Week | Teams using our scheduler cut meetings by 20%, according to our 2024 customer survey.
Winning Proposals in Minutes | Templates and e-signatures for agencies. Free for 14 days.
Hobby Tier Stays Free | Our whiteboard app's hobby tier keeps 3 boards forever. Teams pay per seat.
Poker Planning for Agile Teams | Estimate stories with planning-poker cards right inside your tracker.
@ vertical=education lang=en tricky=1
Probability and Statistics Course | Learn odds, distributions and expected value. 8 weeks, online.
Card Games for Maths Class | Printable card games that teach fractions and multiplication.
Bridge Club for Beginners | Learn the card game on Tuesday afternoons. Free coffee, no stakes.
Chess Tournament With Trophies | Rated open, five rounds, trophies for each section. Entry $20.
@ vertical=entertainment lang=en tricky=1
Casino Night Fundraiser With Play Money | Roulette and blackjack tables with fake chips, prizes donated by local shops. No cash gambling.
Bingo Night at the Senior Centre | Prizes are pies and plants. Free to play, refreshments provided.
Trivia Tournament, Prize Is a Trophy | Teams of four, six rounds, bragging rights. Free entry.
Monopoly Tournament at the Library | Board game afternoon for families. Winners get a book voucher.
Slot Car Racing Club | Race scale cars on a 6-lane track. Beginners Thursday nights.
Vegas-Themed Prom | Dress up, dance and play casino games with play money. Tickets $40.
Poker Face Comedy Hour | Deadpan stand-up night. Tickets $12.
@ vertical=real_estate lang=en tricky=1
Affordable Housing Lottery Open | Apply for 40 below-market rental units. Applications close March 15.
Hit the Jackpot in a New Zip Code | Houses under $300K within 30 minutes of downtown. Browse listings.
"""
