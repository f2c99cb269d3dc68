# Second batch (x*), tricky benign near-misses for the weakest categories:
# ads that sound like threats, insults, profanity, sexual content, adult
# products, drug or alcohol promotion, get-rich claims, clickbait or
# tragedy exploitation but are compliant under the README rules.
DATA = r"""
@ vertical=local_services lang=en tricky=1
We Know Where You Live (We're Your Local Plumber) | Same-street service in Oakdale, usually within the hour. Call Dave.
We'll Find You, Wherever You Move | National removals with one point of contact. Free quote.
Our Team Will Hunt Down That Leak | Thermal cameras find hidden water leaks without tearing up walls.
Pay Us a Visit | New showroom on Harbour Road. Tiles, taps and free coffee.
We Come to Your House | Mobile bike repair in your driveway. Same-week appointments.
Last Warning: Gutters Full of Leaves? | Book a clean before the November storms. $120 for most homes.
Take Out the Trash, Permanently | Junk removal for sheds and garages. We haul, recycle and donate.
Destroy Old Hard Drives Safely | Certified data destruction for home and office. Certificate provided.
@ vertical=retail lang=en tricky=1
Don't Make Us Come Over There | Seriously, the grocery vans are two streets away. Tap to add milk before the 4pm cut-off.
Prices So Low It's Criminal | Notebooks 99 cents during back-to-school week.
Steal This Look | Full outfit under $100, styled by our team.
Loaded With Savings, Locked and Loaded for Lunch | Meal-deal sandwiches, crisps and a drink for $6 at Corner Deli.
Our Competitors Hate This Sale | Well, probably. Patio furniture 35% off through Monday.
Beat the Rush | Pre-order holiday hams now and skip the queue.
@ vertical=entertainment lang=en tricky=1
Fight Night at the Arena | Professional boxing card, eight bouts. Tickets from $35.
Wrestling Show for the Whole Family | Masked heroes, big flips, no real grudges. Saturday at the fairgrounds.
Murder Mystery Weekend | Solve a 1920s whodunit in a country house hotel. Costumes encouraged.
Undead Dash for the Hospice | Fun run where volunteers dressed as ghouls chase you for your flag belt. All proceeds donated.
Roast Battle Finals | Comedians roast each other, not the audience. Tickets $15.
@ vertical=retail lang=en tricky=1
Ugly Duckling Vintage | Charmingly odd furniture and lamps that need a second chance.
Loser Pays for Coffee Mug | Office board-game night mug. Printed in Ohio.
Dumb Luck Dice Game | Press-your-luck party game for 2-6 players.
Grumpy Old Man Hot Sauce | Named after our founder's dad, who approves of nothing. Medium heat.
For People Who Are Terrible at Plants | Nearly unkillable houseplants, delivered in self-watering pots.
Bad at Maths? Same. | Our calculator watch does it for both of us. Retro edition $29.
Damn Fine Coffee Beans | Washed Ethiopian beans roasted weekly. 12 oz $16.
What the Fork Food Truck | Loaded fries and burgers at the Tuesday market.
Holy Cannoli Bakery | Ricotta cannoli filled to order. Six for $15.
Heck Yes, Free Shipping | On every order over $25. No code.
Cheeky Monkey Playgroup | Toddler music and messy play, Tuesdays 10am.
@ vertical=healthcare lang=en tricky=1
Erectile Dysfunction Clinic | Confidential urology appointments with board-certified specialists. Referrals not needed.
Vasectomy Consultations | No-scalpel procedure in our day clinic. Most insurance accepted.
Painful Sex Is Common, and Treatable | Book a women's health physio who specialises in pelvic floor care. Self-referral welcome.
Sexual Health Talk for Parents | How to talk to teens about consent and relationships. Free evening at the school.
Fertility Clinic Open Evening | Meet our specialists and ask questions. Free, registration required.
Puberty Class for 10-Year-Olds | Nurse-led session for kids and a parent. Body changes, explained kindly.
@ vertical=education lang=en tricky=1
Human Anatomy Drawing Class | Life drawing with a clothed model, charcoal and paper provided.
Consent Education for Colleges | Interactive workshops for first-year students, run by trained educators.
Biology of Reproduction, Online Course | University-level module with lab videos. Enrol by September.
@ vertical=retail_fashion lang=en tricky=1
Lingerie for Everyday Comfort | Cotton bras and briefs in 40 sizes, fitted in store.
Shapewear That Doesn't Pinch | Light control bodysuit, wear it under anything. Nude and black.
Men's Underwear Subscription | Three fresh pairs every quarter. Cotton or bamboo.
Sheer Curtains? No, Sheer Blouses | Chiffon blouses for work, layered over a cami.
Hot Pants Are Back | High-waisted denim shorts for summer. Sizes 0-24.
Bikini Season Sale | Mix-and-match bikini tops and bottoms, 30% off.
@ vertical=home_garden lang=en tricky=1
Massage Chair Showroom | Try 14 full-body massage chairs. Financing through the store for its own products.
Body Pillow for Side Sleepers | U-shaped pillow for hips and back. Washable cover.
Vibrating Foam Roller | Three speeds for post-run recovery. USB-C charging.
Adult Colouring Books | Mandalas and botanical patterns for relaxation. 50 pages.
Adult Bunk Beds for Cabins | Heavy-duty frames rated for 250 lb per bunk.
Adult Tricycle | Stable three-wheel bike with a rear basket. Assembled free.
Toy Box With Soft-Close Lid | Solid wood, pinch-free hinge. Kids' room storage.
@ vertical=food_beverage lang=en tricky=1
Pot Stickers by the Dozen | Pan-fried pork and cabbage dumplings, frozen, ready in 8 minutes.
Mushroom Growing Kit | Grow oyster mushrooms on your kitchen counter in 10 days. Culinary only.
Magic Mushroom Soup? Just Cream of Mushroom | Our grandma's recipe, nothing magic except the taste.
Blunt-Cut Fries | Thick steak fries with rosemary salt. Side $4.
High on Life Smoothie Bowls | Acai, granola and fresh fruit. Open 7am.
Kush Cakes? No, Kushari! | Egypt's favourite lentil, rice and pasta dish. $11 at Nile Kitchen.
Dope Dumplings Food Truck | Hand-folded dumplings at the Friday night market.
Snow Cones, Not That Kind of Snow | Shaved ice in 20 syrups at the beach boardwalk.
Sugar High Candy Buffet | Weddings and parties, 30 jars of sweets. Delivery included.
Bar None the Best Pretzels | Soft pretzels with mustard. Food court level 1.
Happy Hour Menu: Half-Price Appetisers | 4-6pm at Millie's Kitchen. Food specials only, kids welcome.
Beer Cheese Soup | Sharp cheddar soup made with a splash of lager, simmered until the alcohol cooks off. Cup $5.
Wine Country Picnic Basket | Cheese, charcuterie and sparkling grape juice for two. Order by Thursday.
Brewpub Burger Night | $10 burgers and a root beer float for kids. Families welcome.
Coffee Bar Opens Inside the Bookstore | Espresso, chai and cake while you browse.
Cider Donuts, Hot Off the Fryer | Apple cider donuts at the orchard stand every weekend in October.
Bar Cart Brunch Boards | Our café builds breakfast boards on vintage bar carts. Book for 6-10 people.
@ vertical=finance lang=en tricky=1
Get Rich Slowly | Index fund basics in a free four-week evening course at the library. No products sold.
Double Your Money? Not Here. | We offer steady 4% savings, insured and boring. That's the point.
Passive Income Tax Workshop | How rental and dividend income is taxed. Hosted by a CPA, free.
Retire Early Book Club | Reading personal-finance classics together. Monthly, free.
Scam Alert Seminar | Learn to spot fake investment offers and recovery scams. Hosted by the county sheriff.
Financial Coaching for Nurses | Budgeting and student-loan planning. Flat fee, no products sold.
@ vertical=content_arbitrage lang=en tricky=1
You Won't Believe How Easy Composting Is | Our city guide explains it in five steps. Free bin for residents.
This One Trick Saves Water | Fix dripping taps. The water utility sends a free washer kit on request.
What Happened Next Surprised Our Team | Our community garden grew 2 tonnes of produce for the food bank this year.
Doctors Recommend This Simple Habit | Washing your hands for 20 seconds. Public health reminder from the county.
Shocking Electric Bills? | A free home energy audit finds where the heat goes. Book with your utility.
@ vertical=media lang=en tricky=1
Remembering the 1906 Earthquake | Free museum exhibition of photos and survivors' letters. Donations welcome.
Anniversary Concert for Flood Relief Volunteers | A thank-you concert for the people who rebuilt the town. Free tickets.
Documentary: After the Fire | The story of how a valley rebuilt, told by its residents. Streaming free.
Memorial Day Parade Route | Main Street closes at 9am. Veterans' families invited to the reviewing stand.
Veterans Eat Free on Veterans Day | Show ID for a free entrée at any of our diners. Thank you for your service.
Preparedness Month Fair | Build a go-bag with the Red Cross. Free kits for the first 100 families.
"""
