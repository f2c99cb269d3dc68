# Second batch (x*), compliant ads in formats: push notifications,
# app-store blurbs, marketplace listings, influencer-style sponsored posts,
# ALL-CAPS display banners, long-form social posts, search ads.  Some use
# trigger words innocently (marked tricky).
DATA = r"""
@ vertical=mobile_apps lang=en
Push: Your Order Is Out for Delivery | Driver is 3 stops away. Track live in the app.
Push: Price Drop on Your Saved Item | The walnut side table you saved is now $129.
Push: Time to Water the Basil | Your plant schedule says it's thirsty today.
Push: Your Library Hold Is Ready | 'The Overstory' is waiting at the Central branch until Friday.
Push: Rain Starts in 15 Minutes | Grab an umbrella before you head out.
Push: Your Table Is Ready | Show this message to the host at Basil & Barley.
Push: New Episode Available | Season 2, episode 4 of 'Backyard Builders' is out now.
Push: Streak Saved | You practised French 30 days in a row. Keep it going.
Push: Prescription Ready for Pickup | Your refill is ready at Parkside Pharmacy, Counter 2, until 9pm.
Push: Gate Change | Flight 218 now departs from gate B14. Boarding at 6:40.
App Store: Tidy Receipts | Scan receipts, tag expenses, export to your accountant. 4.8 stars.
App Store: Tiny Habits Tracker | Build one small habit at a time. No ads, no account.
App Store: Offline Maps for Hikers | Topo maps that work without signal. Free for 3 regions.
App Store: Stargazer | Point your phone at the sky to name stars and planets.
App Store: Recipe Box | Save recipes from any website and cook in step-by-step mode.
@ vertical=marketplace lang=en
For Sale: Kids' Bike, 16 Inch | Blue, training wheels included, barely used. $45, pickup Elm Park.
For Sale: Dining Chairs x4 | Solid oak, recently re-glued. $120 for all four.
Free to Good Home: Piano | Upright, needs tuning. You arrange the movers.
Wanted: Vintage Film Cameras | Collector buying working or broken 35 mm cameras. Fair prices.
For Sale: Canoe With Paddles | 16 ft, fibreglass, good condition. $400.
For Sale: Baby Carrier, Like New | Ergonomic carrier with infant insert. $60.
Garage Sale Saturday | Tools, kids' books and a treadmill. 8am-1pm, 14 Cedar Court.
For Sale: Sourdough Starter and Bannetons | Moving abroad, starter is free with the baskets. $20.
@ vertical=marketplace lang=en tricky=1
For Sale: Whiskey Barrel Coffee Table | Made from a retired oak barrel, glass top. $180.
For Sale: Set of 12 Wine Glasses | Never used, still in the box. Wedding duplicate. $30.
For Sale: Vintage Cocktail Shaker | 1950s chrome shaker, display piece. $25.
For Sale: Archery Target Bag | Foam target bag, a few holes. $15.
For Sale: Hunting Boots, Size 11 | Insulated, waterproof, worn one season. $60.
For Sale: Bath Bomb Moulds | 40 stainless moulds from my old shop. $50 the lot.
@ vertical=media lang=en
Sponsored by Kettle & Crumb | I've baked bread every Sunday for a year and this Dutch oven is the only reason it works. Code BAKE10 for 10% off.
Sponsored: My Honest Review of the Stridewell Backpack | Carried it through 6 countries. The laptop sleeve is great, the water bottle pocket is too small. Link below.
Paid Partnership With Greenloop | We swapped our plastic wrap for beeswax wraps. Two months later, no regrets. Discount in bio.
Ad: Trying a Meal Kit for a Week | Five dinners, 35 minutes each on average. Honest thoughts in the video.
Sponsored: Budget Travel Hack | I use Railpass Europe for long trips. It isn't always cheapest, so check point-to-point fares too.
@ vertical=media lang=en tricky=1
Sponsored: This Serum Is My Holy Grail | Three months in, my dry patches are gone. Not a miracle, just consistent use. Code SKIN15.
Ad: The Killer Home Workout I Do in 20 Minutes | Resistance bands from FlexLoop, full routine on my channel.
Sponsored: Drop-Dead Easy Meal Prep | Glass containers from Prepd keep lunches fresh for four days.
@ vertical=retail lang=en
ALL WINTER BOOTS 30% OFF | IN STORE AND ONLINE. ENDS SUNDAY.
NEW STORE NOW OPEN | GRAND AVENUE MALL, LEVEL 2.
LUNCHBOXES, BOTTLES, PENCIL CASES | EVERYTHING FOR SEPTEMBER FROM $4.
FREE ALTERATIONS ON SUITS | THROUGH MARCH 31.
GARDEN CENTRE CLEARANCE | PERENNIALS 3 FOR $10. SATURDAY ONLY.
@ vertical=retail lang=en tricky=1
KILLER PRICES ON KITCHENWARE | POTS, PANS AND KNIVES UP TO 40% OFF.
SHOT ON OUR NEW PHONE | SEE THE GALLERY. PRE-ORDER TODAY.
BOMB DEALS ON BATH BOMBS | 3 FOR $12 THIS WEEK ONLY.
FIRE UP THE GRILL | CHARCOAL KETTLES AND SMOKERS FROM $149.
@ vertical=nonprofit lang=en
Long Read: The Repair Café Turns Five | Once a month, retired engineers, tailors and a very patient clock-mender fix whatever our neighbours bring in. Five years, 3,100 toasters, lamps and trousers saved from landfill. Come along on the first Saturday.
Long Read: A Year of Free Swim Lessons | Last summer, 600 kids in our city learned to swim at no cost to their families. It took 40 volunteer instructors and three pools. Help us reach 1,000 kids this year.
@ vertical=local_services lang=en
Long Read: The Bakery That Opens at 4am | We're a family bakery in Riverside. Our ovens go on at four so the first loaves are ready when the night shift ends at the hospital. Stop by after work, coffee's on us for nurses.
Long Read: Why Our Mechanics Explain Everything | We show you the worn part, tell you what can wait and what can't, and write it down. No surprises at the till. That's how we've kept customers for 31 years.
@ vertical=software_saas lang=en
Search Ad: Invoice Software for Contractors | Create and send invoices from the job site. Free 30-day trial.
Search Ad: Shift Scheduling for Cafés | Build a rota in minutes, staff swap shifts in the app.
Search Ad: Form Builder for Schools | Permission slips and sign-ups without paper.
Search Ad: Photo Backup for Families | Private albums, unlimited storage, $4 a month.
"""
